// The check-then-import flow of a CSV page (the organisation's and the burden inventory's): a new
// file needs a new check, only a file without problems can be imported, and keyboard users are
// brought to the outcome, which can be far down a long page of issues.
import { useState, type ChangeEvent } from 'react';
import { focusElement, useAfterRender } from './use-after-render';

export type CsvImportMode = 'dry-run' | 'apply';

interface ImportMutation<Result> {
  isPending: boolean;
  reset: () => void;
  mutate: (variables: { file: Blob; mode: CsvImportMode }, options: { onSuccess: (result: Result) => void }) => void;
}

export function useCsvImport<Result extends { mode: CsvImportMode; ok: boolean }>(options: {
  run: ImportMutation<Result>;
  statusText: (result: Result) => string;
  /** The element that receives focus when an answer arrives. */
  outcomeId: string;
}) {
  const { run, statusText, outcomeId } = options;
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const afterRender = useAfterRender();

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setResult(null);
    setStatus(null);
    run.reset();
  };

  const start = (mode: CsvImportMode) => {
    if (!file || run.isPending) return;
    setStatus(null);
    run.mutate(
      { file, mode },
      {
        onSuccess: (answer) => {
          setResult(answer);
          setStatus({ text: statusText(answer), ok: answer.ok });
          afterRender(() => focusElement(outcomeId));
        },
      },
    );
  };

  return { file, result, status, checkedOk: result?.mode === 'dry-run' && result.ok, chooseFile, start };
}
