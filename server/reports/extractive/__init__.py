"""The extractive method: report statements made only of the words of the entries they cite.

lines (classification by action verb and weak phrases) → quantities → scoring (verb, quantity, outcome,
closeness to the window's centroid) → near-duplicate merging (MinHash buckets, linear) → one composer per
kind (`kinds/`) → statements (`statements`, tone and length) → `generator.ExtractiveGenerator`.
"""
