"""Reports: documents made from the work log, each statement citing the entries it came from."""
