"""The SQLite reference of official Indian election results: schema, importers, bundled data,
name keys and read access.  Depends on nothing else in the project."""
