"""Writing Excel workbooks people open in Excel, WPS and LibreOffice."""
