// The SharePoint field types the emulator stores, with their REST names and SQL storage.

// SPFieldType / SP.FieldType values (Learn).
export const FieldKind = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8,
  Number: 9, Currency: 10, URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Attachments: 19, User: 20, ModStat: 23
} as const;

export type FilterKind = 'text' | 'number' | 'boolean' | 'datetime' | 'json' | 'lookupId';

interface FieldTypeInfo {
  typeAsString: string;
  odataType: string;
  /** SQL column affinity; '' = none (lookups hold an integer or, when multi-valued, a JSON array). */
  affinity: string;
  displayName: string;
}

const TYPES: Record<number, FieldTypeInfo> = {
  [FieldKind.Integer]: { typeAsString: 'Integer', odataType: 'SP.FieldNumber', affinity: 'INTEGER', displayName: 'Integer' },
  [FieldKind.Text]: { typeAsString: 'Text', odataType: 'SP.FieldText', affinity: 'TEXT', displayName: 'Single line of text' },
  [FieldKind.Note]: { typeAsString: 'Note', odataType: 'SP.FieldMultiLineText', affinity: 'TEXT', displayName: 'Multiple lines of text' },
  [FieldKind.DateTime]: { typeAsString: 'DateTime', odataType: 'SP.FieldDateTime', affinity: 'TEXT', displayName: 'Date and Time' },
  [FieldKind.Counter]: { typeAsString: 'Counter', odataType: 'SP.Field', affinity: 'INTEGER', displayName: 'Counter' },
  [FieldKind.Choice]: { typeAsString: 'Choice', odataType: 'SP.FieldChoice', affinity: 'TEXT', displayName: 'Choice' },
  [FieldKind.Lookup]: { typeAsString: 'Lookup', odataType: 'SP.FieldLookup', affinity: '', displayName: 'Lookup' },
  [FieldKind.Boolean]: { typeAsString: 'Boolean', odataType: 'SP.Field', affinity: 'INTEGER', displayName: 'Yes/No' },
  [FieldKind.Number]: { typeAsString: 'Number', odataType: 'SP.FieldNumber', affinity: 'REAL', displayName: 'Number' },
  [FieldKind.Currency]: { typeAsString: 'Currency', odataType: 'SP.FieldCurrency', affinity: 'REAL', displayName: 'Currency' },
  [FieldKind.URL]: { typeAsString: 'URL', odataType: 'SP.FieldUrl', affinity: 'TEXT', displayName: 'Hyperlink or Picture' },
  [FieldKind.Computed]: { typeAsString: 'Computed', odataType: 'SP.FieldComputed', affinity: 'TEXT', displayName: 'Computed' },
  [FieldKind.Guid]: { typeAsString: 'Guid', odataType: 'SP.FieldGuid', affinity: 'TEXT', displayName: 'Guid' },
  [FieldKind.MultiChoice]: { typeAsString: 'MultiChoice', odataType: 'SP.FieldMultiChoice', affinity: 'TEXT', displayName: 'Choice' },
  [FieldKind.Attachments]: { typeAsString: 'Attachments', odataType: 'SP.Field', affinity: '', displayName: 'Attachments' },
  [FieldKind.User]: { typeAsString: 'User', odataType: 'SP.FieldUser', affinity: '', displayName: 'Person or Group' },
  [FieldKind.ModStat]: { typeAsString: 'ModStat', odataType: 'SP.Field', affinity: 'INTEGER', displayName: 'Moderation Status' }
};

/** Kinds a client may create (others are SharePoint-internal here). */
export const CREATABLE_KINDS = new Set<number>([
  FieldKind.Integer, FieldKind.Text, FieldKind.Note, FieldKind.DateTime, FieldKind.Choice, FieldKind.Lookup,
  FieldKind.Boolean, FieldKind.Number, FieldKind.Currency, FieldKind.URL, FieldKind.MultiChoice, FieldKind.User
]);

export function fieldTypeInfo(kind: number): FieldTypeInfo | undefined {
  return TYPES[kind];
}

/** 'Text' -> 2 etc., for CAML-ish Type attributes of createfieldasxml. */
export function kindFromTypeName(typeName: string): number | undefined {
  const lower = typeName.toLowerCase();
  if (lower === 'lookupmulti') return FieldKind.Lookup;
  if (lower === 'usermulti') return FieldKind.User;
  for (const [kind, info] of Object.entries(TYPES)) {
    if (info.typeAsString.toLowerCase() === lower) return Number(kind);
  }
  return undefined;
}

export function isLookupKind(kind: number): boolean {
  return kind === FieldKind.Lookup || kind === FieldKind.User;
}

/**
 * SharePoint's internal name for a new field's title: characters other than ASCII letters,
 * digits and '_' become _xHHHH_ (so a space is _x0020_), capped at 32 characters. Unverified.
 */
export function internalNameFromTitle(title: string): string {
  let out = '';
  for (const ch of title) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  if (/^[0-9]/.test(out)) out = `_x${out.codePointAt(0)!.toString(16).padStart(4, '0')}_${out.slice(1)}`;
  return out.slice(0, 32) || 'Field';
}

/** OData entity property name of a field: a leading '_' gets SharePoint's 'OData_' prefix (facts file: OData__UIVersionString). */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}
