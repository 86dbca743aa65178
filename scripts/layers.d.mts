// Types of scripts/layers.mjs, for the tests that import it.
export interface Component {
  name: string;
  /** Path prefixes relative to the repository: a folder ends with '/', anything else is one file. */
  paths: string[];
}
export interface KnownException {
  from: string;
  to: string;
}
export declare const LAYERS: Component[][];
export declare const KNOWN_EXCEPTIONS: KnownException[];
export declare function importsOf(source: string): { specifier: string; line: number }[];
export declare function componentOf(file: string, layers?: Component[][]): { name: string; layer: number } | undefined;
export declare function checkLayers(
  files: Map<string, string>,
  options?: { layers?: Component[][]; exceptions?: KnownException[] },
): string[];
export declare function sourceFiles(root: string): Map<string, string>;
