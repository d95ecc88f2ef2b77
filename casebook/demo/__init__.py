"""The demo register: Zhenjiang's deputies' motions and suggestions of 2021–2023, loaded through
the workflow services (:func:`casebook.demo.generator.load_demo`)."""
