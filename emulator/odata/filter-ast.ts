export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'datetime'; value: string }; // normalised ISO UTC 'YYYY-MM-DDTHH:MM:SSZ'

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

// The comparison operators SharePoint REST supports (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests, "Numeric comparisons").
export const COMPARE_OPS: readonly CompareOp[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

export type FilterNode =
  | { kind: 'compare'; op: CompareOp; field: string; value: Literal }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'substringof'; field: string; value: string }
  | { kind: 'startswith'; field: string; value: string };

/**
 * Field paths in document order, each listed once (first occurrence wins), so
 * `filterFields(node)[0]` is the leftmost condition's field (list view threshold rule).
 */
export function filterFields(node: FilterNode): string[] {
  const seen = new Set<string>();
  const visit = (n: FilterNode): void => {
    switch (n.kind) {
      case 'and':
      case 'or':
        visit(n.left);
        visit(n.right);
        return;
      case 'not':
        visit(n.operand);
        return;
      default:
        seen.add(n.field);
    }
  };
  visit(node);
  return [...seen];
}
