#!/bin/bash
echo dist.sh "$@"; ls target/generated-docs -R
