// Bundles `kanal` and the import worker beside it into outdir.
export declare function bundleCli(outdir: string): Promise<void>;
