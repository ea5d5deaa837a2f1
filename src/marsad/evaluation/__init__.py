"""Helpers to study the annotated corpus (../shared/corpus): gold claims as records."""
