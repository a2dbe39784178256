import { contractEvents } from './contract.events.js';

export const CONTRACTS_TOPIC = contractEvents.topic;
