"""The features that sit on the loaded registry, one room each, with the same small interface.

`base` declares the interface (`Feature`, `BuildContext`, `Options`); `registry` is the one place
that lists the features and merges their answers for the adapter. A feature imports `base` and
the packages below it (core, links, site), never `registry` nor another feature.
"""
