/**
 * Docker gives a container with several networks its default route through the network whose name sorts first
 * (https://github.com/moby/moby/issues/21741), so a network whose name sorts before the default network's can take
 * over the route of containers that are on both. The seed document prefixes custom networks with `z_` for this.
 */
export function networkWarnings(name: string, defaultNetwork: string): string[] {
  // Docker compares names bytewise; network names are ASCII, where JavaScript's `<` is the same order.
  if (name === defaultNetwork || name >= defaultNetwork) return [];
  return [
    `"${name}" sorts before the default network "${defaultNetwork}": a container on both would take its default ` +
      `route from "${name}". Rename it with a prefix that sorts after, such as "z_${name}".`,
  ];
}
