/** Properties of a vector-tile feature. */
export type TileProps = Record<string, string | number | boolean>;

/**
 * A feature's tile properties: the required ones, then each optional one that has a value (null, undefined
 * and empty strings are left out, so that tiles stay small). Keys keep their order.
 *
 * @example
 * tileProps({ [PROP.id]: 'a' }, { [PROP.address]: null, [PROP.finess]: '590000000' });
 * // { id: 'a', finess: '590000000' }
 */
export function tileProps(
  required: TileProps,
  optional: Record<string, string | number | boolean | null | undefined> = {},
): TileProps {
  const props: TileProps = { ...required };
  for (const [key, value] of Object.entries(optional))
    if (value !== null && value !== undefined && value !== '') props[key] = value;
  return props;
}
