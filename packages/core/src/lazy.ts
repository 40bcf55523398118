/**
 * Defines an enumerable property computed on first read and then fixed. Used for the parts of a
 * prediction that are costly and often unread (the full ranked threat list), so that evaluating
 * 1,000 states does not build a million assessments nobody looks at. The property is an own
 * enumerable accessor, so JSON.stringify and deep equality still see it.
 */
export function defineLazy<T extends object>(target: T, properties: Readonly<Record<string, () => unknown>>): void {
  const descriptors: PropertyDescriptorMap = {};
  for (const [key, compute] of Object.entries(properties)) {
    descriptors[key] = {
      enumerable: true,
      configurable: true,
      get() {
        const value = compute();
        Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    };
  }
  Object.defineProperties(target, descriptors);
}
