/** Types for scan-xml-elements.cjs. */
export interface ScannedElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly line: number;
  readonly parent: ScannedElement | null;
  readonly parents: string[];
}
export function scanXmlElements(xml: string): ScannedElement[];
