"""Pure rules and types. Imports only the standard library."""
