import { IFields } from '@pnp/sp/fields';
import { DateTimeFieldFormatType, UrlFieldFormatType, FieldUserSelectionMode } from '@pnp/sp/fields';
import { FieldDef } from '../schema/schemaTypes';

/**
 * Creates one field with PnPjs's typed helpers, using the internal name as the initial
 * title (SharePoint derives the internal name from the title at creation). The Dutch
 * display title, description (where creation cannot take it) and index are applied
 * afterwards by the provisioner.
 */
export async function createField(fields: IFields, def: FieldDef, lookupListId?: string): Promise<void> {
  const base = { Required: !!def.required, Description: def.description };
  switch (def.kind) {
    case 'Text':
      await fields.addText(def.name, { ...base, MaxLength: def.maxLength || 255 });
      return;
    case 'Note':
      await fields.addMultilineText(def.name, { ...base, RichText: false, NumberOfLines: 6 });
      return;
    case 'RichText':
      await fields.addMultilineText(def.name, { ...base, RichText: true, NumberOfLines: 6 });
      return;
    case 'Number':
      await fields.addNumber(def.name, base);
      return;
    case 'Boolean':
      await fields.addBoolean(def.name, base);
      return;
    case 'DateTime':
      await fields.addDateTime(def.name, {
        ...base,
        DisplayFormat: def.dateOnly ? DateTimeFieldFormatType.DateOnly : DateTimeFieldFormatType.DateTime
      });
      return;
    case 'Choice':
      await fields.addChoice(def.name, { ...base, Choices: (def.choices || []).slice() });
      return;
    case 'MultiChoice':
      await fields.addMultiChoice(def.name, { ...base, Choices: (def.choices || []).slice() });
      return;
    case 'User':
      await fields.addUser(def.name, { ...base, SelectionMode: FieldUserSelectionMode.PeopleOnly });
      return;
    case 'Lookup':
      if (!lookupListId) {
        throw new Error(`Lookup field ${def.name} needs the id of list ${def.lookupList}`);
      }
      // AddField takes SP.FieldCreationInformation, which has no Description; the
      // provisioner sets it with the follow-up update.
      await fields.addLookup(def.name, { Required: !!def.required, LookupListId: lookupListId, LookupFieldName: 'Title' });
      return;
    case 'Url':
      await fields.addUrl(def.name, { ...base, DisplayFormat: UrlFieldFormatType.Hyperlink });
      return;
  }
}
