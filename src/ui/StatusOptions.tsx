// The statuses a saved company can have, as the options of a <select>.
import { STATUS_NAMES, STATUSES } from '../core/list/list-types.ts';

export function StatusOptions() {
  return (
    <>
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_NAMES[s]}
        </option>
      ))}
    </>
  );
}
