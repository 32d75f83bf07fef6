import { Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TypeaheadOption {
  /** Unique among the options: the taxonomy id or code. */
  key: string;
  label: string;
  /** A second line, e.g. the name that matched what was typed. */
  hint?: string;
}

interface Props {
  label: string;
  description?: string;
  /** The query key of the search, so results are cached per text. */
  name: string;
  search: (q: string) => Promise<TypeaheadOption[]>;
  onPick: (option: TypeaheadOption) => void;
  /** When set, the last option adds what was typed as free text, with this label. */
  freeTextLabel?: (text: string) => string;
  onFreeText?: (text: string) => void;
  error?: string;
  id?: string;
}

const FREE_TEXT = '\u0000free';

/**
 * A search field that suggests from the taxonomy as one types: the WAI-ARIA combobox pattern
 * (input with a listbox popup, arrow keys move, Enter picks, Escape closes). Designsystemet's
 * Combobox is deprecated and its Suggestion still experimental and filters on the client, so the
 * console has this small one for options the service finds.
 */
export function Typeahead({ label, description, name, search, onPick, freeTextLabel, onFreeText, error, id }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // Ask the service once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useQuery({
    queryKey: ['typeahead', name, query],
    enabled: query.length >= 2,
    staleTime: 60_000,
    queryFn: () => search(query),
  });
  const options: TypeaheadOption[] = [
    ...(query.length >= 2 && query === text.trim() ? (results.data ?? []) : []),
    ...(freeTextLabel && text.trim().length >= 2 ? [{ key: FREE_TEXT, label: freeTextLabel(text.trim()) }] : []),
  ];
  const expanded = open && options.length > 0;

  const pick = (option: TypeaheadOption) => {
    if (option.key === FREE_TEXT) onFreeText?.(text.trim());
    else onPick(option);
    setText('');
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (options.length === 0 ? -1 : (a + 1) % options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (options.length === 0 ? -1 : a <= 0 ? options.length - 1 : a - 1));
    } else if (event.key === 'Enter') {
      // Enter picks a suggestion and never submits the form from here.
      event.preventDefault();
      if (expanded && active >= 0 && options[active]) pick(options[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <Field className="typeahead">
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="typeahead__list" hidden={!expanded}>
        {options.map((option, i) => (
          <li
            key={option.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={option.key === FREE_TEXT ? 'typeahead__option typeahead__option--free' : 'typeahead__option'}
            // mousedown, so the pick happens before the input's blur closes the list
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
          >
            {option.label}
            {option.hint && <span className="typeahead__hint"> {option.hint}</span>}
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {open && query.length >= 2 && results.data ? t('candidateForm.suggestions', { count: results.data.length }) : ''}
      </span>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
