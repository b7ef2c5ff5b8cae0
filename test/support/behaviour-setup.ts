// Setup for the behavioural fixtures' suites: they are written for Jest, so `jest.fn()` & co. are vitest's `vi`.
import { vi } from 'vitest';

Object.assign(globalThis, { jest: vi });
