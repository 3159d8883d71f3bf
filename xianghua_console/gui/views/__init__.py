"""The main views of the console, one module each: a thin table model and its widget."""
