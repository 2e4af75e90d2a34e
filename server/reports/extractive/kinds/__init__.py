"""One composer per report kind: each turns the window's scored lines into sections of statements."""
