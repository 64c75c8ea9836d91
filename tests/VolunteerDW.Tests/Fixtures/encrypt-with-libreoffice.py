# Saves a workbook again through LibreOffice Calc with a password to open, as a user would with
# File > Save As > "Save with password": ECMA-376 standard encryption, the kind LibreOffice writes.
# Usage (Debian's python3 with python3-uno): /usr/bin/python3 encrypt-with-libreoffice.py in.xlsx out.xlsx password
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    result = PropertyValue()
    result.Name, result.Value = name, value
    return result


source, target, password = sys.argv[1:4]
profile = tempfile.mkdtemp(prefix="lo-profile-")
office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                           "--accept=pipe,name=vdwfixtures;urp;"], stdin=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            context = resolver.resolve("uno:pipe,name=vdwfixtures;urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(1)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    try:
        encryption = uno.Any("[]com.sun.star.beans.NamedValue",
                             (NamedValue("OOXPassword", password), NamedValue("CryptoType", "Standard")))
        uno.invoke(document, "storeToURL",
                   (uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("EncryptionData", encryption))))
    finally:
        document.close(True)
        desktop.terminate()
finally:
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()
