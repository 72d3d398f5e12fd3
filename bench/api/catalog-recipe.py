#!/usr/bin/env python3
"""Writes a store recipe with N products of two variants each (color Red/Blue), priced and stocked: the catalog of the
product-list benchmark. Usage: catalog-recipe.py NAME N > NAME.recipe.json"""
import json
import sys

name, count = sys.argv[1], int(sys.argv[2])
products, prices, stock = [], [], []
for i in range(1, count + 1):
    sku = f"P{i:05d}"
    products.append({
        "sku": sku, "options": ["color"],
        "variants": [{"sku": f"{sku}-RED", "values": ["Red"]}, {"sku": f"{sku}-BLUE", "values": ["Blue"]}],
        "translations": {"sv-SE": {"name": f"Produkt {i}", "description": f"<p>Produkt nummer {i}.</p>"}},
    })
    for variant, amount in ((f"{sku}-RED", 100 + i % 50), (f"{sku}-BLUE", 110 + i % 50)):
        prices.append({"sku": variant, "amount": amount})
        stock.append({"sku": variant, "location": "main", "onHand": i % 7, "lowStock": 2})
print(json.dumps({
    "name": name, "displayName": f"{count} products, two variants each", "version": "1.0.0",
    "parameters": [{"name": "SiteName", "default": "Bench"}, {"name": "Culture", "default": "sv-SE"}, {"name": "Currency", "default": "SEK"}],
    "steps": [
        {"name": "recipes", "values": [{"name": "store"}]},
        {"name": "features", "enable": ["Multistore.StorefrontApi", "Multistore.Inventory"]},
        {"name": "settings", "StorefrontApi": {"RequestsPerWindow": 100000000, "WindowSeconds": 1}},
        {"name": "catalog", "attributes": [{"name": "color", "names": {"sv-SE": "Färg"}, "values": {"Red": {"sv-SE": "Röd"}, "Blue": {"sv-SE": "Blå"}}}], "products": products},
        {"name": "pricelists", "lists": [{"name": "SEK", "currency": "SEK", "default": True, "prices": prices}]},
        {"name": "inventory", "locations": [{"code": "main", "name": "Lager", "kind": "Warehouse"}], "stock": stock},
    ],
}))
