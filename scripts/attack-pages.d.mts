export interface AttackPage {
  name: string;
  url: string;
  html: string;
  posting: true;
  markRoot: string;
}
export const ATTACK_PAGES: AttackPage[];
export const ATTACK_TITLE: string;
