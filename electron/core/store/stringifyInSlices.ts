import type { TimeSlices } from '../search/timeSlices';

// The same text as JSON.stringify(value) for a plain data object, with its lists made item by item between pauses:
// the root of a library of thousands of posts and threads takes longer to stringify than the event loop may wait.
export async function stringifyInSlices(value: Record<string, unknown>, slices: TimeSlices): Promise<string> {
  const members: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    // JSON.stringify leaves out a member it cannot write.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!Array.isArray(item)) {
      members.push(`${JSON.stringify(key)}:${JSON.stringify(item)}`);
      continue;
    }
    const elements: string[] = [];
    for (const element of item as unknown[]) {
      if (slices.due()) await slices.pause();
      // As JSON.stringify writes an item it cannot write in a list.
      elements.push(JSON.stringify(element) ?? 'null');
    }
    members.push(`${JSON.stringify(key)}:[${elements.join(',')}]`);
  }
  return `{${members.join(',')}}`;
}
