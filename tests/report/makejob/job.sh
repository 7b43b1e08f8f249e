#!/bin/sh
# A CI job whose log hides the cause: make's output goes to a file nobody reads.
cd "$1" || exit 1
if ! make > build.log 2>&1; then
	echo "build failed"
	exit 1
fi
