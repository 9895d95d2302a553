// A row's height with the space below it, so rows placed one under the other keep the gap the stylesheet gives them.
export function outerHeight(element: Element): number {
  const { marginTop, marginBottom } = getComputedStyle(element);
  return element.getBoundingClientRect().height + (parseFloat(marginTop) || 0) + (parseFloat(marginBottom) || 0);
}
