print("pkg_probe.sub imported")
