// subset-font ships no types: what scripts/build/subset-fonts.mjs uses of it (its README).
declare module 'subset-font' {
  export type SubsetOptions = {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    variationAxes?: Record<string, number | {min: number; max: number; default?: number}>;
    keepFeatures?: string[];
    preserveNameIds?: number[];
  };
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
