#pragma once

#include <QLoggingCategory>

// The one logging category of core/flows ("slp.flows"). Never log secrets through it: credentials are
// resolved into memory just before a device connects and never appear in a message.
Q_DECLARE_LOGGING_CATEGORY(lcFlows)
