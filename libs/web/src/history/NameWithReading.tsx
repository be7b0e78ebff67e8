import { readingKeyOf } from '@dengon/domain';

/**
 * A name as the record holds it, with its reading (フリガナ) above it when the
 * record has one, so an operator never reads a name wrongly.
 */
export function NameWithReading({
  fields,
  nameKey = 'caller_name',
}: {
  fields: Record<string, unknown>;
  nameKey?: string;
}) {
  const name = fields[nameKey];
  const reading = fields[readingKeyOf(nameKey)];
  if (typeof name !== 'string' || !name) return <>—</>;
  if (typeof reading !== 'string' || !reading) return <>{name}</>;
  return (
    <ruby data-testid="name-reading">
      {name}
      <rp>（</rp>
      <rt>{reading}</rt>
      <rp>）</rp>
    </ruby>
  );
}
