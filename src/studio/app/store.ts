// The work in progress, kept in this browser's localStorage until the admin starts over:
// answers, example posts, the screen and the studio's language. Never the text typed into
// "Try it" (a draft is never stored).
import { useEffect, useState } from 'preact/hooks';
import type { PackIssue } from '../../rules/pack-load.ts';
import type { Lang } from '../../rules/types.ts';
import { type Answers, defaultAnswers } from '../answers.ts';
import type { Example } from '../examples.ts';

export const STORAGE_KEY = 'thinktwice-studio';

export interface Work {
  answers: Answers;
  examples: Example[];
  lang: Lang;
  view: string;
  /** The problems of a pack file the admin opened, shown at their fields until cleared. */
  opened?: { file: string; issues: PackIssue[] };
}

export function freshWork(lang: Lang): Work {
  return { answers: defaultAnswers(), examples: [], lang, view: 'organisation' };
}

function load(): Work {
  const lang: Lang = navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const w = JSON.parse(raw) as Partial<Work>;
      // Answers saved by an older studio gain the fields added since.
      return { ...freshWork(lang), ...w, answers: { ...defaultAnswers(), ...w.answers } };
    }
  } catch {
    // Unreadable storage (private mode, a broken value): start fresh rather than fail.
  }
  return freshWork(lang);
}

export function useWork(): [Work, (change: (w: Work) => Work) => void] {
  const [work, setWork] = useState(load);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(work));
    } catch {
      // Storage full or blocked: the work stays in the page; export still works.
    }
  }, [work]);
  return [work, (change) => setWork((w) => change(w))];
}
