// The few globals both Chromium and Node provide, declared here so shared code needs neither lib.dom nor @types/node.
// Only the shared layer's own check reads this file; the renderer gets them from lib.dom, the Node layers from @types/node.

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}

declare function btoa(data: string): string;
declare function atob(data: string): string;
