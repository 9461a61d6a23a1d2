print("pkg_probe imported")
