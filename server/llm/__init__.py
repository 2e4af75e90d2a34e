"""Text generation: one interface at the level of the work (entries in, cited statements out)."""
