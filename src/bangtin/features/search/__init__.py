"""Search: the portal's full-text index, the lookup page /tra-cuu/ and the registry as JSON."""
