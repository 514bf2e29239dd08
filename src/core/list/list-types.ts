// The user's saved list: one entry per company, holding the postings saved from it (each
// with the analysis as it was when saved), the user's status with its history, notes,
// tags, and the answers the company gave to the questions to ask.
import type { Comparison } from '../theory/fit-types.ts';
import type { Analysis, Board } from '../types.ts';

export const STATUSES = [
  'interested',
  'applied',
  'interviewing',
  'offer',
  'declined',
  'not-a-fit',
  'archived',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_NAMES: Readonly<Record<Status, string>> = {
  interested: 'Interested',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  declined: 'Declined',
  'not-a-fit': 'Not a fit',
  archived: 'Archived',
};

export interface SavedPosting {
  url: string;
  title: string | null;
  board: Board;
  savedAt: number;
  analysis: Analysis;
  comparison: Comparison | null;
}

export interface Entry {
  /** `companyKey` of the name. */
  id: string;
  name: string;
  status: Status;
  statusHistory: { status: Status; at: number }[];
  notes: string;
  tags: string[];
  /** The company's answer to each question asked, by the question's text. */
  answers: Record<string, string>;
  postings: SavedPosting[];
  /**
   * Ids of companies the user merged into this one: a posting saved later under one of
   * those names comes here rather than making its old entry again. Absent when none.
   */
  aliases?: string[];
  createdAt: number;
  updatedAt: number;
}

/** What the user may change by hand. */
export interface EntryPatch {
  status?: Status;
  notes?: string;
  tags?: string[];
  answers?: Record<string, string>;
}
