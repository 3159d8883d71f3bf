"""Excel workbooks (openpyxl) and printable reports built from the services' results."""
