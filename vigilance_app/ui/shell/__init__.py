"""The frame of the window: application start-up, main window, home page, idle lock.
The top layer: it may import every other package of the window layer."""
