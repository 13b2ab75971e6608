"""The Qt layer: thin widgets that present the core."""
