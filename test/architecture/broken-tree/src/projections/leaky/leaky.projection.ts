// Deliberately breaks the layer rules: a projection that calls the write side.
import { decide } from '../../modules/broken/broken.decide';

export const leaky = (): unknown => decide();
