// A placeholder entry, as the SPFx build expects; web parts are bundled from config.json.
export {};
