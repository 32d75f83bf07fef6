import { Select } from '@digdir/designsystemet-react';
import { useMunicipalities } from '../api/queries';

/** The kommuner as a Select's options, after one empty option («Alle kommuner», «Velg kommune»). */
export function MunicipalityOptions({ empty }: { empty: string }) {
  const municipalities = useMunicipalities();
  return (
    <>
      <Select.Option value="">{empty}</Select.Option>
      {municipalities.data?.list.map((m) => (
        <Select.Option key={m.code} value={m.code}>
          {m.label}
        </Select.Option>
      ))}
    </>
  );
}
