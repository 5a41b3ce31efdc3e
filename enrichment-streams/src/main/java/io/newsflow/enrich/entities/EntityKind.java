package io.newsflow.enrich.entities;

/** Coarse entity classes, as in CoNLL/MUC. */
public enum EntityKind { PERSON, ORGANIZATION, LOCATION }
