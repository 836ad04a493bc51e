import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createRandom } from '../test/mention-stream.ts'
import { type CascadeEvent, forecastCascade, spentInfluenceForTest } from './forecast-cascade.test-support.ts'

void spentInfluenceForTest
