"""r1safe's tests (a regular package: a dependency that ships a top-level `tests` package, as ppi_python does,
must not shadow it)."""
