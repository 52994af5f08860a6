// Docker's reference grammar (github.com/distribution/reference, regexp.go), as the daemon checks it.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const reference = new RegExp(`^(?:(${domain})/)?(${pathComponent}(?:/${pathComponent})*)(?::(${tag}))?(?:@(${digest}))?$`);

/** Whether `image` is a reference Docker accepts, e.g. `busybox`, `ghcr.io/org/app:1.2`, `app@sha256:…`. */
export function isImageReference(image: string): boolean {
  const match = reference.exec(image);
  // The name (domain and path) is at most 255 characters.
  return !!match && (match[1] ? match[1].length + 1 : 0) + match[2]!.length <= 255;
}
