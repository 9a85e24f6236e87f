// Deliberately breaks the layer rules: a decider that reaches for Nest.
import { Injectable } from '@nestjs/common';

export const decide = (): unknown => Injectable;
